/** Types of traditional.cjs (Simplified → Traditional Chinese with opencc-js; see that file). */

/** The regions with their own Traditional text: Taiwan, and Hong Kong (also Macao). */
export type TraditionalRegion = "tw" | "hk";

/** The part of the opencc-js module the converter uses. */
export interface OpenccModule {
  readonly Trie: new () => {
    loadDictGroup(group: readonly unknown[]): void;
    convert(text: string): string;
    segment(text: string): string[];
  };
  readonly Locale: {
    readonly configs?: Readonly<
      Record<
        string,
        {
          normalizationChain?: readonly (readonly unknown[])[];
          segmentation: unknown;
          conversionChain: readonly (readonly unknown[])[];
        }
      >
    >;
  };
}

export declare const TERMS: Readonly<Record<TraditionalRegion, readonly (readonly [string, string])[]>>;
export declare function traditionalRegion(locale: string | undefined | null): TraditionalRegion | undefined;
export declare function traditionalConverter(
  opencc: OpenccModule,
  region: TraditionalRegion,
): (text: string) => string;
