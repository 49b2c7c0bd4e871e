// The centred card both unauthenticated pages sit in: product name, language switch, content.
import type { ReactNode } from 'react';
import { LanguageSwitch } from '@/components/shell/language-switch';
import styles from './auth-card.module.css';

export function AuthCard({ title, subtitle, heading, children }: { title: string; subtitle: string; heading: string; children: ReactNode }) {
  return (
    <main className={styles.page}>
      <section className={styles.card} aria-labelledby="auth-heading">
        <div className={styles.top}>
          <div>
            <div className={styles.brand}>{title}</div>
            <div className={styles.subtitle}>{subtitle}</div>
          </div>
          <LanguageSwitch />
        </div>
        <h1 id="auth-heading" className={styles.heading}>{heading}</h1>
        {children}
      </section>
    </main>
  );
}
