/** In GitHub Actions, rule docs link to this repository at this commit (SARIF helpUri); undefined elsewhere. */
export function githubDocsBase(): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = process.env;
  return server && repo && sha ? `${server}/${repo}/blob/${sha}/` : undefined;
}
