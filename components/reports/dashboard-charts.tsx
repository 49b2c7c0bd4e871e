'use client';
// The dashboard's recharts (no map): a metric's trend by year, a bar chart of the metric by
// row (commune) of the selected unit, and radial gauges of completeness rates clamped to 100%.
import { Bar, BarChart, CartesianGrid, Line, LineChart, PolarAngleAxis, RadialBar, RadialBarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { clampRate, formatNumber } from './number-format';

const fmt = (v: unknown) => formatNumber(typeof v === 'number' ? v : Number(v));

export function TrendChart({ data, label }: { data: { year: string; value: number | null }[]; label: string }) {
  return (
    <ResponsiveContainer width="100%" height={260}>
      <LineChart data={data} margin={{ top: 10, right: 20, left: 10, bottom: 0 }} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="year" />
        <YAxis tickFormatter={fmt} width={70} />
        <Tooltip formatter={(v) => [fmt(v), label]} />
        <Line type="monotone" dataKey="value" name={label} stroke="#1677ff" strokeWidth={2} connectNulls dot={{ r: 4 }} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}

export function RowsBarChart({ data, label }: { data: { name: string; value: number }[]; label: string }) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, data.length * 24 + 40)}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 30, left: 10, bottom: 4 }} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={fmt} />
        <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} interval={0} />
        <Tooltip formatter={(v) => [fmt(v), label]} />
        <Bar dataKey="value" name={label} fill="#fa8c16" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

export function RateGauge({ rate, label }: { rate: number | null; label: string }) {
  const value = clampRate(rate);
  return (
    <figure style={{ margin: 0, textAlign: 'center', width: 170 }} role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={value}>
      <div style={{ position: 'relative', width: 160, height: 160 }}>
        <RadialBarChart width={160} height={160} innerRadius={55} outerRadius={75} data={[{ value }]} startAngle={90} endAngle={-270}>
          <PolarAngleAxis type="number" domain={[0, 100]} tick={false} />
          <RadialBar dataKey="value" background fill={value < 50 ? '#faad14' : '#52c41a'} cornerRadius={8} isAnimationActive={false} />
        </RadialBarChart>
        <strong style={{ position: 'absolute', inset: 0, display: 'grid', placeItems: 'center', fontSize: 20 }}>{rate === null ? '–' : formatNumber(value, 'percent')}</strong>
      </div>
      <figcaption style={{ fontSize: 13 }}>{label}</figcaption>
    </figure>
  );
}
