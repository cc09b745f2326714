import { startLocalStack } from "../../local/local-stack";
import { motoAvailable, startMotoStack } from "../../local/moto-stack";
import type { RuntimeOptions, Stack } from "../../local/pipeline-runtime";

/**
 * The integration suites run against the embedded emulators by default, and
 * against moto_server with PIPELINE_BACKEND=moto (CI does both when moto is
 * on the machine).
 */
export const backend = process.env.PIPELINE_BACKEND === "moto" ? "moto" : "emulators";
export const backendMissing = backend === "moto" && !motoAvailable() ? "moto_server is not installed on this machine" : undefined;

export function startStackUnderTest(options: RuntimeOptions & { visibilityTimeoutSeconds?: number } = {}): Promise<Stack> {
  return backend === "moto" ? startMotoStack(options) : startLocalStack(options);
}
