/**
 * A template without what the CDK adds for its own bookkeeping, which varies
 * with the app's language or aws-cdk-lib release rather than with the
 * library: the CDKMetadata resource (it names the app's runtime), the
 * bootstrap version check, and resource metadata under `aws:cdk:` and
 * `aws:asset:` (construct paths, asset staging). Other resource metadata,
 * such as cdk-nag's `cdk_nag` suppressions, is the library's output and stays.
 */
export function normaliseTemplate(template: Record<string, any>): Record<string, any> {
  const result: Record<string, any> = structuredClone(template);

  for (const [id, resource] of Object.entries<any>(result.Resources ?? {})) {
    if (resource.Type === 'AWS::CDK::Metadata') {
      delete result.Resources[id];
      continue;
    }
    if (resource.Metadata) {
      for (const key of Object.keys(resource.Metadata)) {
        if (key.startsWith('aws:cdk:') || key.startsWith('aws:asset:')) {
          delete resource.Metadata[key];
        }
      }
      if (Object.keys(resource.Metadata).length === 0) {
        delete resource.Metadata;
      }
    }
  }
  delete result.Conditions?.CDKMetadataAvailable;
  delete result.Parameters?.BootstrapVersion;
  delete result.Rules?.CheckBootstrapVersion;

  for (const section of ['Resources', 'Conditions', 'Parameters', 'Rules', 'Metadata']) {
    if (result[section] && Object.keys(result[section]).length === 0) {
      delete result[section];
    }
  }
  return result;
}
