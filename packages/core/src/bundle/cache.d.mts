// Types of cache.mjs.
export declare const FORMAT: number;
export declare const META_URL: string;
export declare const OPTIONS: import('esbuild').BuildOptions;
export declare const BUNDLE_DIR: string;
export declare function sha256(bytes: Uint8Array | string): string;
export declare function packageDir(from: string, name: string): string | undefined;

export interface Target {
  /** The entry's path. */
  file: string;
  /** The entry's file name without its extension: the bundle's entry is `<name>.mjs`. */
  name: string;
  dir: string;
  /** `<name>-<hash of the entry's path>`: the manifest is `<stem>.json`, each build's folder `<stem>.<hash of its output>`. */
  stem: string;
  manifestFile: string;
  key: string;
}

export interface Manifest {
  key: string;
  /** The build's folder, in `dir`. */
  folder: string;
  /** Absolute path → SHA-256 of the bytes bundled. */
  inputs: Record<string, string>;
  /** `<importer's folder>\0<package name>` → the real path of the package folder it resolved to. */
  packages: Record<string, string>;
}

export declare function targetOf(entry: URL, dir?: string): Target;
export declare function cachedBundle(target: Target): URL | undefined;
