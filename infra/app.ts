import { createApp } from "./news-summary-app";

// Entry for cdk.json ("npx tsx infra/app.ts").
createApp().app.synth();
