export declare const HEAVY: string[];
export declare const MARKERS: Record<string, string[]>;
export declare function buildContentBundle(): Promise<{
  bytes: number;
  gzip: number;
  packages: string[];
  heavy: string[];
  code: string;
}>;
export declare function heavyMarkers(code: string): Record<string, string[]>;
