// A completion rate as a labelled bar: the width never exceeds 100% whatever the input, the
// percentage is printed with a Vietnamese decimal comma and exposed as a meter to screen readers.
import { clampRate, formatNumber } from './number-format';
import styles from './reports.module.css';

export function RateBar({ rate, label }: { rate: number | null; label: string }) {
  const value = clampRate(rate);
  return (
    <div className={styles.bar}>
      <div className={styles.barTrack} role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={value}>
        <div className={`${styles.barFill} ${value < 50 ? styles.low : ''}`} style={{ width: `${value}%` }} />
      </div>
      <span>{rate === null ? '–' : formatNumber(value, 'percent')}</span>
    </div>
  );
}
