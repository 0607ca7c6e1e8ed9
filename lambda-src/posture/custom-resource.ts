/**
 * The deploy-time check runs as a CloudFormation custom resource whose
 * ServiceToken is this function. CloudFormation waits for a response PUT
 * to the request's ResponseURL (a presigned S3 URL); without one the stack
 * hangs for up to an hour. So the response is always SUCCESS: a posture
 * check that fails is logged, and never fails or stalls a deployment.
 * Request and response fields:
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-requests.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-responses.html
 */

/** The fields of a custom resource request this function reads. */
export interface CustomResourceEvent {
  readonly RequestType: 'Create' | 'Update' | 'Delete';
  readonly ResponseURL: string;
  readonly StackId: string;
  readonly RequestId: string;
  readonly LogicalResourceId: string;
  readonly PhysicalResourceId?: string;
}

/** The physical id of the check on Create; Update and Delete keep the one CloudFormation sends, so nothing is replaced. */
export const PHYSICAL_RESOURCE_ID = 'root-credential-posture-check';

/** The time allowed for the response PUT; the function's own timeout stays the backstop. */
const RESPONSE_TIMEOUT_MS = 10_000;

export function isCustomResourceEvent(event: unknown): event is CustomResourceEvent {
  const candidate = event as Record<string, unknown> | null;
  return typeof candidate === 'object' && candidate !== null
    && ['Create', 'Update', 'Delete'].includes(candidate.RequestType as string)
    && typeof candidate.ResponseURL === 'string'
    && typeof candidate.StackId === 'string'
    && typeof candidate.RequestId === 'string'
    && typeof candidate.LogicalResourceId === 'string';
}

/** The SUCCESS response body; `reason` is what the stack's events show. */
export function successResponse(event: CustomResourceEvent, reason: string): string {
  return JSON.stringify({
    Status: 'SUCCESS',
    // CloudFormation limits the whole response to 4,096 bytes.
    Reason: reason.slice(0, 1000),
    PhysicalResourceId: event.PhysicalResourceId ?? PHYSICAL_RESOURCE_ID,
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
  });
}

export type Fetch = typeof fetch;

/**
 * PUTs the response. The presigned URL is signed without a content type,
 * so none is sent. Throws when the PUT fails or S3 answers other than 2xx:
 * then Lambda's retry is the only way CloudFormation will hear back.
 */
export async function respond(event: CustomResourceEvent, reason: string, fetchImpl: Fetch = fetch): Promise<void> {
  const body = successResponse(event, reason);
  const response = await fetchImpl(event.ResponseURL, {
    method: 'PUT',
    body,
    headers: { 'content-type': '', 'content-length': String(Buffer.byteLength(body)) },
    signal: AbortSignal.timeout(RESPONSE_TIMEOUT_MS),
  });
  if (!response.ok) {
    throw new Error(`The CloudFormation response PUT was answered ${response.status} ${response.statusText}`);
  }
}
