// A second, independent check of assignment-vectors.json with Node's crypto and BigInt (the SDK's runtime family).
// Run: node check_assignment_vectors.mjs  (prints the number of rows checked, exits 1 on the first mismatch)
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

const rows = JSON.parse(readFileSync(new URL("./assignment-vectors.json", import.meta.url), "utf8"));
let negativeAsSigned = 0;
for (const r of rows) {
  const digest = createHash("sha256").update(new TextEncoder().encode(r.experimentId + ":" + r.userId)).digest();
  const value = digest.readBigUInt64BE(0);
  if (digest[0] >= 0x80) negativeAsSigned++;
  const bucket = Number(value % 10000n);
  const variant = bucket < r.trafficSplit * 100 ? "control" : "variant";
  if (bucket !== r.bucket || variant !== r.variant) {
    console.error("mismatch", r, bucket, variant);
    process.exit(1);
  }
}
console.log(`${rows.length} rows agree; ${negativeAsSigned} have the top bit set (negative as a signed long)`);
