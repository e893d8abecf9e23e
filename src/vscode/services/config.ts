import * as vscode from 'vscode';

export const CONFIG_SECTION = 'groundedReader';

/** Setting keys, relative to the `groundedReader` section. */
export const ConfigKey = {
  include: 'corpus.include',
  exclude: 'corpus.exclude',
  maxFileSizeMB: 'corpus.maxFileSizeMB',
} as const;

export interface ReaderConfig {
  /** Glob of article files, relative to each workspace folder. */
  include: string;
  exclude: string;
  maxFileBytes: number;
}

/** The one typed accessor for the extension's settings. */
export function readConfig(): ReaderConfig {
  const c = vscode.workspace.getConfiguration(CONFIG_SECTION);
  return {
    include: c.get<string>(ConfigKey.include, '**/*.txt'),
    exclude: c.get<string>(ConfigKey.exclude, '**/{node_modules,.git}/**'),
    maxFileBytes: Math.max(1, c.get<number>(ConfigKey.maxFileSizeMB, 5)) * 1024 * 1024,
  };
}

export function affectsReaderConfig(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration(CONFIG_SECTION);
}
