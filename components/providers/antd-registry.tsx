'use client';
// Collects antd's CSS-in-JS styles during server rendering and inlines them in the HTML, so
// pages arrive styled (no flash of unstyled content) with the App Router.
import { useRef, useState, type ReactNode } from 'react';
import { useServerInsertedHTML } from 'next/navigation';
import { createCache, extractStyle, StyleProvider } from '@ant-design/cssinjs';

export function AntdRegistry({ children }: { children: ReactNode }) {
  const [cache] = useState(() => createCache());
  const inserted = useRef(false);
  useServerInsertedHTML(() => {
    if (inserted.current) return null;
    inserted.current = true;
    return <style id="antd-ssr" dangerouslySetInnerHTML={{ __html: extractStyle(cache, true) }} />;
  });
  return <StyleProvider cache={cache}>{children}</StyleProvider>;
}
