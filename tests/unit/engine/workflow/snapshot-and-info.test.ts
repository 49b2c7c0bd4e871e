import { describe, expect, it } from 'vitest';
import { initialSnapshot, persistSnapshot, restoreSnapshot, stateInfo, transition } from '@/engine/workflow';
import { actors, ctx, definitions } from './fixtures/world';

const def = definitions.threeLevel;

describe('snapshots and state info (WF-1)', () => {
  it('WF-1 a new record starts in the initial state with its meta', () => {
    expect(initialSnapshot(def)).toEqual({ value: 'draft' });
    expect(stateInfo(def, null)).toEqual({ state: 'draft', status: 'draft', editable: true, label: { vi: 'Đang nhập', en: 'Draft' } });
    expect(stateInfo(def, { value: 'approved' })).toMatchObject({ status: 'approved', editable: false, final: true });
  });

  it('WF-1 snapshots survive a JSON round trip (jsonb column) and transitions continue from them', () => {
    const r = transition(def, null, { type: 'SUBMIT' }, actors.clerk, ctx());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const stored = JSON.parse(JSON.stringify(r.snapshot));
    const restored = restoreSnapshot(def, stored);
    expect(restored).toEqual({ value: 'atDistrict' });
    const r2 = transition(def, restored, { type: 'APPROVE' }, actors.district, ctx());
    expect(r2.ok && r2.state).toBe('atProvince');
    expect(JSON.parse(JSON.stringify(r2))).toEqual(r2);
  });

  it.each([[null], [{}], [{ value: 'gone' }], [{ value: 3 }], ['draft']])('WF-1 restoreSnapshot refuses %j', (stored) => {
    expect(restoreSnapshot(def, stored)).toBeNull();
  });

  it('WF-1 a snapshot naming a state missing from the definition is refused as data', () => {
    const r = transition(def, { value: 'gone' }, { type: 'SUBMIT' }, actors.clerk, ctx());
    expect(r).toMatchObject({ ok: false, code: 'invalid-snapshot' });
    expect(stateInfo(def, { value: 'gone' })).toBeNull();
  });

  it('WF-1 persistSnapshot keeps only the state name', () => {
    expect(persistSnapshot({ value: 'approved' } as never)).toEqual({ value: 'approved' });
  });

  it('WF-1 a transition does not change the snapshot it was given', () => {
    const before = { value: 'atDistrict' };
    transition(def, before, { type: 'APPROVE' }, actors.district, ctx());
    expect(before).toEqual({ value: 'atDistrict' });
  });
});
