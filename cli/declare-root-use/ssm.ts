/**
 * The three Parameter Store calls, each described once so that a dry run
 * prints the same request as the AWS CLI command a reader can run instead.
 */
import {
  DeleteParameterCommand,
  GetParametersByPathCommand,
  Parameter,
  ParameterAlreadyExists,
  ParameterNotFound,
  PutParameterCommand,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { Window, WINDOW_PATH } from './window';

/** A failure the user can act on; main prints the message without a stack. */
export class SsmError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SsmError';
  }
}

/**
 * The AWS CLI equivalent of each call, as POSIX shell words. `--type String`
 * and `--tier Standard`: a window must be readable by the notifier's plain
 * ssm:GetParameter* grant (no KMS key) and needs no advanced-tier features,
 * which cost money.
 * @see https://docs.aws.amazon.com/cli/latest/reference/ssm/put-parameter.html
 */
export function putCommandLine(window: Window, region: string, replace: boolean): string[] {
  return ['aws', 'ssm', 'put-parameter', '--region', region, '--name', window.parameterName,
    '--type', 'String', '--tier', 'Standard', '--value', window.json, ...(replace ? ['--overwrite'] : [])];
}

export function deleteCommandLine(parameterName: string, region: string): string[] {
  return ['aws', 'ssm', 'delete-parameter', '--region', region, '--name', parameterName];
}

export function listCommandLine(region: string): string[] {
  return ['aws', 'ssm', 'get-parameters-by-path', '--region', region, '--path', WINDOW_PATH];
}

/** Quotes words for a POSIX shell (bash, zsh); plain words stay as they are, for readability. */
export function shellLine(words: readonly string[]): string {
  return words.map((word) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, '\'\\\'\'')}'`)).join(' ');
}

/** Writes the window; returns the parameter's new version. */
export async function putWindow(ssm: SSMClient, window: Window, replace: boolean): Promise<number | undefined> {
  try {
    const result = await ssm.send(new PutParameterCommand({
      Name: window.parameterName,
      Value: window.json,
      Type: 'String',
      Tier: 'Standard',
      Overwrite: replace,
    }));
    return result.Version;
  } catch (error) {
    if (error instanceof ParameterAlreadyExists) {
      throw new SsmError(`window ${window.name} exists already (${window.parameterName}): pass --replace to overwrite it, or --name to declare another`);
    }
    throw error;
  }
}

export async function deleteWindow(ssm: SSMClient, name: string, parameterName: string): Promise<void> {
  try {
    await ssm.send(new DeleteParameterCommand({ Name: parameterName }));
  } catch (error) {
    if (error instanceof ParameterNotFound) {
      throw new SsmError(`there is no window ${name} (${parameterName}): --list shows the windows there are`);
    }
    throw error;
  }
}

/**
 * Every parameter directly under the path, all pages. Not recursive: the
 * notifier reads one level, so a deeper parameter is no window and is not listed.
 * @see https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetParametersByPath.html
 */
export async function listWindows(ssm: SSMClient): Promise<Parameter[]> {
  const parameters: Parameter[] = [];
  let nextToken: string | undefined;
  do {
    const page = await ssm.send(new GetParametersByPathCommand({ Path: WINDOW_PATH, Recursive: false, NextToken: nextToken }));
    parameters.push(...page.Parameters ?? []);
    nextToken = page.NextToken;
  } while (nextToken);
  return parameters;
}
