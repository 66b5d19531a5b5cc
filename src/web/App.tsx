import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router-dom';
import { createQueryClient } from './api/query-client';
import { AppRoutes } from './routes/router';
import { cssVariablesResolver, localizedTheme } from './theme';
import { readCspNonce } from './utils/csp-nonce';

/**
 * Providers and routes. Declarative routing (`BrowserRouter` + `useRoutes`) rather than a data
 * router: server state lives in TanStack Query, and it keeps ~50 kB of router code out of the
 * entry chunk.
 */
/** Read once: the nonce belongs to this page load. */
const cspNonce = readCspNonce();
const getStyleNonce = cspNonce ? () => cspNonce : undefined;

export function App() {
  const [queryClient] = useState(createQueryClient);
  const { t } = useTranslation('common');
  const closeLabel = t('close');
  const theme = useMemo(() => localizedTheme(closeLabel), [closeLabel]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light" forceColorScheme="light" getStyleNonce={getStyleNonce}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
