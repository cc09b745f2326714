import { Sha256 } from "@aws-crypto/sha256-js";
import { fromNodeProviderChain } from "@aws-sdk/credential-providers";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";

/** GET a Lambda Function URL with AWS_IAM auth: a SigV4-signed request for service "lambda". */
export async function signedGet(url: string): Promise<Response> {
  const target = new URL(url);
  const region = target.hostname.split(".").at(-3) ?? process.env.AWS_REGION ?? "us-east-1";
  const signer = new SignatureV4({ service: "lambda", region, credentials: fromNodeProviderChain(), sha256: Sha256 });
  const request = new HttpRequest({
    method: "GET",
    protocol: target.protocol,
    hostname: target.hostname,
    path: target.pathname,
    query: Object.fromEntries(target.searchParams),
    headers: { host: target.hostname },
  });
  const signed = await signer.sign(request);
  return fetch(url, { method: "GET", headers: signed.headers as Record<string, string> });
}
