/**
 * A real HTTP server on 127.0.0.1 standing in for the presigned S3 URL a
 * custom resource answers to: it records each request's method, headers
 * and body, and answers with the status a test sets.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedResponse {
  readonly method: string;
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Record<string, unknown>;
}

export interface ResponseServer {
  readonly url: string;
  readonly received: ReceivedResponse[];
  status: number;
  close(): Promise<void>;
}

export async function startResponseServer(): Promise<ResponseServer> {
  const received: ReceivedResponse[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
      });
      response.writeHead(state.status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const state: ResponseServer = {
    url: `http://127.0.0.1:${port}/cloudformation-response?X-Amz-Signature=abc`,
    received,
    status: 200,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return state;
}

/** A custom resource request as CloudFormation sends it to the function. */
export function customResourceEvent(requestType: 'Create' | 'Update' | 'Delete', responseUrl: string) {
  return {
    RequestType: requestType,
    ServiceToken: 'arn:aws:lambda:eu-west-1:111122223333:function:posture',
    ResponseURL: responseUrl,
    StackId: 'arn:aws:cloudformation:eu-west-1:111122223333:stack/monitor/5b0c8f10-0000-11ef-0000-0a1b2c3d4e5f',
    RequestId: 'a8f1f0b2-1111-4222-8333-944455556666',
    LogicalResourceId: 'PostureCheck',
    ResourceType: 'Custom::RootCredentialPosture',
    ResourceProperties: { ServiceToken: 'arn:aws:lambda:eu-west-1:111122223333:function:posture' },
    ...requestType === 'Create' ? {} : { PhysicalResourceId: 'root-credential-posture-check' },
  };
}
