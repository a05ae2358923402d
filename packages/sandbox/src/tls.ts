/**
 * A throwaway self-signed certificate for a host name, so tests can serve the sandbox over HTTPS
 * under a name such as `api.gatehouse.invalid`. Made with the `openssl` command; the child process
 * under test trusts it through Node's own `NODE_EXTRA_CA_CERTS`.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface TestCertificate {
  key: string;
  cert: string;
  /** Where the certificate is on disk (for NODE_EXTRA_CA_CERTS). */
  certPath: string;
  /** Removes the files. */
  remove(): void;
}

export function selfSignedCertificate(hostname: string): TestCertificate {
  const dir = mkdtempSync(join(tmpdir(), "gatehouse-tls-"));
  const keyPath = join(dir, "key.pem");
  const certPath = join(dir, "cert.pem");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-keyout",
      keyPath,
      "-out",
      certPath,
      "-days",
      "2",
      "-subj",
      `/CN=${hostname}`,
      "-addext",
      `subjectAltName=DNS:${hostname}`,
    ],
    { stdio: "ignore" },
  );
  return {
    key: readFileSync(keyPath, "utf8"),
    cert: readFileSync(certPath, "utf8"),
    certPath,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
