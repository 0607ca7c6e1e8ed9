const ACCOUNT_ID = /^\d{12}$/;
// Every partition's names: us-east-1, eu-central-2, us-gov-west-1, cn-north-1, us-isob-east-1.
const REGION_NAME = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

/** A 12-digit AWS account id. */
export function isAccountId(value: unknown): value is string {
  return typeof value === 'string' && ACCOUNT_ID.test(value);
}

/** A string shaped like an AWS region's name. */
export function isRegionName(value: unknown): value is string {
  return typeof value === 'string' && REGION_NAME.test(value);
}
