// Types of launch.mjs.
/** Imports the program `entry` (a file URL of a TypeScript module) from its bundle, else through tsx, and resolves with its namespace. */
export declare function launch(entry: URL, opts?: { dir?: string }): Promise<Record<string, unknown>>;
