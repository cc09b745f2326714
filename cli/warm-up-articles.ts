/**
 * Short articles the startup snapshot summarizes once at build time, so every
 * lazily built table of both languages and of every reader is in it. Written
 * for this project.
 */
export const WARM_UP_ARTICLES: { name: string; body: string }[] = [
  {
    name: "warm-up-fr.txt",
    body: `Le conseil municipal de Quimper vote le budget du port\n\nQUIMPER, 3 mars 2025 (AFP) - Le maire de Quimper, Isabelle Tanguy, a présenté lundi le budget du port devant le conseil municipal.\n\n« Nous investirons dans les quais », a déclaré Mme Tanguy. La Région Bretagne financera un tiers des travaux, selon la préfecture du Finistère.\n`,
  },
  {
    name: "warm-up-en.txt",
    body: `Harbour board approves new ferry terminal in Cork\n\nCORK, March 3, 2025 (Reuters) - The Port of Cork Company approved a new ferry terminal on Monday, its chairman Michael O'Brien told reporters.\n\n"This is a good day for the city," Mr O'Brien said. The European Investment Bank will lend part of the cost.\n`,
  },
  {
    name: "warm-up.html",
    body: `<!doctype html><html lang="en"><head><title>Ferry terminal approved | Cork Daily</title><meta property="article:published_time" content="2025-03-03T10:00:00Z"></head><body><nav><a href="/">Home</a></nav><article><h1>Ferry terminal approved</h1><p>The Port of Cork Company approved a new ferry terminal on Monday, its chairman Michael O'Brien said.</p><p>"This is a good day for the city," Mr O'Brien said in Cork.</p></article></body></html>`,
  },
];
