'use client';
// The password policy shown live while typing (ACC-2): each rule ticks when met. The server
// stays the judge; its own violation messages are shown separately when it refuses.
import { CheckCircleFilled, CloseCircleOutlined } from '@ant-design/icons';
import type { MessageKey } from '@/lib/i18n';
import { useI18n } from '@/components/providers/i18n-context';

export const PASSWORD_RULES: { key: MessageKey; test: (p: string) => boolean }[] = [
  { key: 'password.rule.length', test: (p) => [...p].length >= 8 },
  { key: 'password.rule.upper', test: (p) => /\p{Lu}/u.test(p) },
  { key: 'password.rule.lower', test: (p) => /\p{Ll}/u.test(p) },
  { key: 'password.rule.digit', test: (p) => /\d/.test(p) },
  { key: 'password.rule.special', test: (p) => /[^\p{L}\p{N}\s]/u.test(p) },
];

export function passwordMeetsPolicy(p: string): boolean {
  return PASSWORD_RULES.every((r) => r.test(p));
}

export function PasswordRules({ value, id }: { value: string; id?: string }) {
  const { t } = useI18n();
  return (
    <div id={id} style={{ fontSize: 13, margin: '-8px 0 16px' }}>
      <div style={{ marginBottom: 4 }}>{t('password.rulesTitle')}</div>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {PASSWORD_RULES.map((rule) => {
          const ok = rule.test(value);
          return (
            <li key={rule.key} style={{ color: ok ? '#237804' : 'rgba(0,0,0,0.65)', lineHeight: '22px' }}>
              {ok ? <CheckCircleFilled aria-hidden /> : <CloseCircleOutlined aria-hidden />} {t(rule.key)}
              <span className="sr-only"> ({t(ok ? 'password.ruleMet' : 'password.ruleNotMet')})</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
