/**
 * The 中文 / English switch: a radio group, each option written in its own language so that either reader
 * finds it. The choice is remembered (see LanguageContext).
 */
import { Radio, RadioGroup } from "@fluentui/react-components";
import type { Language } from "../../core/kernel";
import { useLanguage } from "../language/LanguageContext";
import { useLanguageSwitchStyles } from "./LanguageSwitch.styles";

/**
 * The language switch.
 * @example <LanguageSwitch />
 */
export function LanguageSwitch() {
  const styles = useLanguageSwitchStyles();
  const { language, setLanguage, t } = useLanguage();
  return (
    <RadioGroup
      className={styles.root}
      layout="horizontal"
      aria-label={t("languageSwitchLabel")}
      value={language}
      onChange={(_, data) => setLanguage(data.value as Language)}
    >
      <Radio value="zh" label={{ children: t("languageNameZh"), lang: "zh-CN" }} />
      <Radio value="en" label={{ children: t("languageNameEn"), lang: "en" }} />
    </RadioGroup>
  );
}
