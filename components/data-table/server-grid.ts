// The TanStack Table v9 setup shared by server-driven grids: the server sorts and pages, so only
// the sorting and pagination features are registered, without client row models.
import { rowPaginationFeature, rowSortingFeature, tableFeatures } from '@tanstack/react-table';

export const serverGridFeatures = tableFeatures({ rowSortingFeature, rowPaginationFeature });
export type ServerGridFeatures = typeof serverGridFeatures;
