import type { StoredParameter } from './window';

/**
 * The two Parameter Store calls the notifier makes, and nothing else: the
 * planned-use code depends on this, not on the SDK, so tests pass a plain
 * object and only index.ts imports @aws-sdk/client-ssm. Shapes are the
 * APIs' own.
 * https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetParametersByPath.html
 * https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetParameter.html
 */
export interface WindowStore {
  getParametersByPath(input: {
    readonly Path: string;
    readonly Recursive: boolean;
    readonly MaxResults: number;
    readonly NextToken?: string;
  }): Promise<{ readonly Parameters?: readonly StoredParameter[]; readonly NextToken?: string }>;
  /** Rejects with an error named ParameterNotFound when there is no such parameter. */
  getParameter(input: { readonly Name: string }): Promise<{ readonly Parameter?: StoredParameter }>;
}
