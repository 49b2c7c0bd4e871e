'use client';
// Autosave of a draft (report or register record, see save-target): 2 s after the last change,
// on blur and when the page is left (keepalive request), with the optimistic-lock version. A 409
// is handed to the page with both versions; nothing is re-sent until the user chooses. Unsaved
// changes are mirrored to localStorage between saves.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiProblem } from '@/components/api/client-api';
import type { SaveResult } from '@/components/submission/types';
import { clearBackup, writeBackup } from './draft-backup';
import type { SaveBody, SaveRequest } from './save-target';

export const AUTOSAVE_MS = 2000;

export interface Conflict {
  current: { version: number; data: Record<string, unknown> } | null;
  yours: Record<string, unknown>;
}

interface Options {
  /** The request that stores this body (method and address depend on the target). */
  request: (body: SaveBody) => SaveRequest;
  scope: string;
  version: number | null;
  /** When the stored draft was last saved (shown until the next save). */
  savedAt: string | null;
  payload: () => { data: Record<string, unknown>; explanations: Record<string, string> };
  onSaved: (r: SaveResult) => void;
  enabled: boolean;
}

export function useAutosave({ request, scope, version: initialVersion, savedAt, payload, onSaved, enabled }: Options) {
  const version = useRef(initialVersion);
  const dirty = useRef(false);
  const inFlight = useRef<Promise<SaveResult | null> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [state, setState] = useState({ savedAt: savedAt ? new Date(savedAt) : null, saving: false, error: null as string | null, unsaved: false });
  const [conflict, setConflictState] = useState<Conflict | null>(null);
  const conflictRef = useRef<Conflict | null>(null);
  const setConflict = useCallback((c: Conflict | null) => {
    conflictRef.current = c;
    setConflictState(c);
  }, []);

  const send = useCallback(async (keepalive = false): Promise<SaveResult | null> => {
    const body = { ...payload(), ...(version.current !== null ? { version: version.current } : {}) };
    dirty.current = false;
    setState((s) => ({ ...s, saving: true, error: null }));
    try {
      const req = request(body);
      const res = await fetch(req.url, { method: req.method, keepalive, credentials: 'same-origin', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(req.body) });
      const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
      if (!res.ok) throw new ApiProblem(res.status, String(json.code ?? 'internal'), String(json.detail ?? `HTTP ${res.status}`), json);
      const saved = json as unknown as SaveResult;
      version.current = saved.version;
      if (!dirty.current) clearBackup(scope);
      setState({ savedAt: new Date(), saving: false, error: null, unsaved: dirty.current });
      onSaved(saved);
      return saved;
    } catch (err) {
      dirty.current = true;
      if (err instanceof ApiProblem && err.code === 'version-conflict') {
        setConflict({ current: err.body.current as Conflict['current'], yours: body.data });
      }
      setState((s) => ({ ...s, saving: false, unsaved: true, error: err instanceof ApiProblem ? err.detail : 'network' }));
      return null;
    }
  }, [request, scope, payload, onSaved, setConflict]);

  const flush = useCallback(async (keepalive = false): Promise<SaveResult | null> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) await inFlight.current;
    if (!dirty.current || conflictRef.current) return null;
    inFlight.current = send(keepalive).finally(() => {
      inFlight.current = null;
    });
    return inFlight.current;
  }, [send]);

  const touch = useCallback(() => {
    if (!enabled) return;
    dirty.current = true;
    setState((s) => (s.unsaved ? s : { ...s, unsaved: true }));
    writeBackup(scope, { baseVersion: version.current, ...payload(), at: new Date().toISOString() });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), AUTOSAVE_MS);
  }, [enabled, scope, payload, flush]);

  useEffect(() => {
    const leave = () => void flush(true);
    const hidden = () => document.visibilityState === 'hidden' && leave();
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty.current) e.preventDefault();
    };
    window.addEventListener('pagehide', leave);
    window.addEventListener('beforeunload', warn);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', leave);
      window.removeEventListener('beforeunload', warn);
      document.removeEventListener('visibilitychange', hidden);
      leave();
    };
  }, [flush]);

  /** After a conflict: continue from the server's version (keep mine → re-save; take theirs → no save). */
  const resolve = useCallback((serverVersion: number, keepMine: boolean) => {
    version.current = serverVersion;
    setConflict(null);
    dirty.current = keepMine;
    if (!keepMine) clearBackup(scope);
    setState((s) => ({ ...s, unsaved: keepMine, error: null }));
  }, [scope, setConflict]);

  return { state, conflict, touch, flush, resolve, version, setConflict };
}
