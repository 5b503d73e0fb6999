/** What `keikaku check` reports: one located finding per problem, from tsc, Zod or loading. */
export interface Finding {
  /** File relative to the workspace root. */
  file: string;
  line?: number;
  column?: number;
  /** Plan path such as goals[2].policies[0].indicators[1].target.fy */
  pathText?: string;
  source: 'tsc' | 'zod' | 'load';
  code: string;
  ja: string;
  en: string;
  fix?: { ja: string; en: string };
}
