// Experiment assignment, identical to the server's (SPEC §4 Experiments):
//   bucket = uint64(first 8 bytes of SHA-256(experimentId + ":" + userId)) mod 10000
//   control when bucket < trafficSplit * 100
// The server decides normally; this lets a page (or a test) know the arm without a request.

export type Arm = 'control' | 'variant';

export interface Assignment {
  bucket: number;
  variant: Arm;
}

/** The bucket (0..9999) of a user in an experiment; needs crypto.subtle (a secure context: https or localhost). */
export async function bucketOf(experimentId: string, userId: string): Promise<number> {
  const bytes = new TextEncoder().encode(experimentId + ':' + userId);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Number(new DataView(digest).getBigUint64(0, false) % BigInt(10000));
}

/** trafficSplit is the share of traffic, in percent (1–99), that stays on control. */
export async function assignVariant(experimentId: string, userId: string, trafficSplit: number): Promise<Assignment> {
  const bucket = await bucketOf(String(experimentId), String(userId));
  return { bucket, variant: bucket < trafficSplit * 100 ? 'control' : 'variant' };
}
