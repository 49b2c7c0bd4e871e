'use client';
// The unit tree on one date, loaded lazily: roots of the caller's scope first, then each
// node's children when it is opened (GET /api/v1/units?parent=…&date=…).
import { useEffect, useState, type Key } from 'react';
import { App, Spin, Tree } from 'antd';
import type { TreeDataNode } from 'antd';
import { api, problemText, query } from '@/components/api/client-api';
import type { UnitItem, UnitList } from '@/components/api/dto';
import { useI18n } from '@/components/providers/i18n-context';

const PAGE = 500;

export const unitLabel = (u: { code: string; name: string }) => `${u.name} (${u.code})`;

function toNode(u: UnitItem): TreeDataNode {
  return { key: u.id, title: unitLabel(u), isLeaf: u.childCount === 0 };
}

function attach(nodes: TreeDataNode[], key: Key, children: TreeDataNode[]): TreeDataNode[] {
  return nodes.map((n) => (n.key === key ? { ...n, children } : n.children ? { ...n, children: attach(n.children, key, children) } : n));
}

export function UnitTree({ date, selectedId, onSelect }: { date: string; selectedId: string | null; onSelect: (id: string) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [nodes, setNodes] = useState<TreeDataNode[] | null>(null);
  const [expanded, setExpanded] = useState<Key[]>([]);

  useEffect(() => {
    let live = true;
    setNodes(null);
    const children = (parent: string) => api<UnitList>(`/api/v1/units${query({ date, parent, pageSize: PAGE })}`);
    api<UnitList>(`/api/v1/units${query({ date, pageSize: PAGE })}`)
      .then(async (list) => {
        const roots = list.items.map(toNode);
        // A single root (the country, or one province) is opened straight away.
        if (roots.length === 1 && !roots[0].isLeaf) {
          roots[0] = { ...roots[0], children: (await children(String(roots[0].key))).items.map(toNode) };
          if (live) setExpanded([roots[0].key]);
        }
        if (live) setNodes(roots);
      })
      .catch((err) => {
        if (!live) return;
        setNodes([]);
        void message.error(problemText(err, t('common.error')));
      });
    return () => {
      live = false;
    };
  }, [date, message, t]);

  const loadData = async (node: TreeDataNode) => {
    if (node.children) return;
    try {
      const list = await api<UnitList>(`/api/v1/units${query({ date, parent: String(node.key), pageSize: PAGE })}`);
      setNodes((prev) => attach(prev ?? [], node.key, list.items.map(toNode)));
    } catch (err) {
      void message.error(problemText(err, t('common.error')));
    }
  };

  if (nodes === null) return <Spin aria-label={t('common.loading')} />;
  if (nodes.length === 0) return <p>{t('units.empty')}</p>;
  return (
    <Tree
      aria-label={t('units.title')}
      treeData={nodes}
      loadData={loadData}
      expandedKeys={expanded}
      onExpand={(keys) => setExpanded(keys)}
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(keys) => keys[0] && onSelect(String(keys[0]))}
      showLine
      blockNode
    />
  );
}
