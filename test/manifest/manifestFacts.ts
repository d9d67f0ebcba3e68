/**
 * Reads the facts the offline manifest checks need from manifest.xml text: resource ids defined
 * and referenced, URLs, overrides. Shared by the source-manifest test and the built-manifest test.
 */
import { XMLValidator } from "fast-xml-parser";

export interface ManifestFacts {
  /** Every `resid` attribute value in the document. */
  readonly referencedIds: string[];
  /** Every `id` defined under Resources (images, URLs, short and long strings). */
  readonly definedIds: Map<string, { value: string; overrides: Map<string, string> }>;
  /** Every URL the add-in is loaded from: DefaultValue/Value attributes and AppDomain text (not xmlns). */
  readonly urls: string[];
}

/** Throws with the parser's message when the XML is not well formed. */
export function readManifest(xml: string): ManifestFacts {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`manifest.xml is not well-formed XML: ${JSON.stringify(valid.err)}`);
  const referencedIds = [...xml.matchAll(/\bresid="([^"]+)"/g)].map((m) => m[1]);
  const urls = [
    ...[...xml.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]),
    ...[...xml.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1].trim()),
  ];
  const definedIds = new Map<string, { value: string; overrides: Map<string, string> }>();
  const resources = xml.slice(xml.indexOf("<Resources>"), xml.indexOf("</Resources>"));
  const element = /<bt:(Image|Url|String) id="([^"]+)" DefaultValue="([^"]*)"\s*(\/>|>([\s\S]*?)<\/bt:\1>)/g;
  for (const m of resources.matchAll(element)) {
    const overrides = new Map<string, string>();
    for (const o of (m[5] ?? "").matchAll(/<bt:Override Locale="([^"]+)" Value="([^"]*)"\s*\/>/g)) {
      overrides.set(o[1], o[2]);
    }
    definedIds.set(m[2], { value: m[3], overrides });
  }
  return { referencedIds, definedIds, urls };
}

/** The origins (scheme://host:port) of a list of URLs, without duplicates. */
export function originsOf(urls: readonly string[]): string[] {
  return [...new Set(urls.map((u) => new URL(u).origin))];
}

/** The value and zh-CN override of a top-level element such as DisplayName. */
export function topLevelOverride(xml: string, element: string): { value: string; zh: string | undefined } {
  const m = new RegExp(`<${element} DefaultValue="([^"]*)"\\s*>([\\s\\S]*?)</${element}>`).exec(xml);
  if (!m) return { value: "", zh: undefined };
  const zh = /<Override Locale="zh-CN" Value="([^"]*)"\s*\/>/.exec(m[2]);
  return { value: m[1], zh: zh?.[1] };
}
