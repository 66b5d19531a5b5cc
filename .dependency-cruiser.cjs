/**
 * Import rules of Simpul (docs/ARCHITECTURE.md, "Module template" and "Rules").
 *
 * Checked by test/architecture/import-rules.test.ts (part of `npm test`), which transpiles src/
 * with esbuild and cruises the JavaScript: dependency-cruiser cannot parse TypeScript 7 itself,
 * so `npx depcruise` on src/ finds nothing — use the test. Paths are therefore written without
 * the .ts/.tsx extension (the cruised files end in .js). Today's exceptions are listed, one
 * (from → to) pair each, in test/architecture/import-rules-baseline.ts and may only shrink.
 *
 * `importMode` is ours (dependency-cruiser ignores it): 'all' checks every import including
 * type-only ones; 'runtime' checks only imports that remain when types are erased.
 */

/** Route and service files: routes.ts, *-routes.ts, routes-*.ts, routes/…, service.ts, *-service.ts. */
const routeOrService = '^src/server/modules/.+/(routes|[^/]+-routes|routes-[^/]+|service|[^/]+-service)\\.js$|^src/server/modules/[^/]+/routes/';

module.exports = {
  forbidden: [
    {
      name: 'web-imports-server',
      comment: 'The web app never imports src/server/**; shared code lives in src/common.',
      severity: 'error',
      importMode: 'all',
      from: { path: '^src/web/' },
      to: { path: '^src/server/' },
    },
    {
      name: 'common-imports-server-or-web',
      comment: 'src/common is shared by server and web, so it imports neither.',
      severity: 'error',
      importMode: 'all',
      from: { path: '^src/common/' },
      to: { path: '^src/(server|web)/' },
    },
    {
      name: 'module-imports-other-repository',
      comment: "A module reads another module's data through that module's service (or a read model its service exports), never through its repository.",
      severity: 'error',
      importMode: 'all',
      from: { path: '^src/server/modules/([^/]+)/' },
      to: {
        path: '^src/server/modules/.*[/-]repository\\.js$',
        pathNot: '^src/server/modules/$1/',
      },
    },
    {
      name: 'lower-layer-imports-module',
      comment: 'db, http, auth, audit, storage and notifications sit below the modules: modules use them, never the other way round.',
      severity: 'error',
      importMode: 'all',
      from: { path: '^src/server/(db|http|auth|audit|storage|notifications)/' },
      to: { path: '^src/server/modules/' },
    },
    {
      name: 'route-or-service-builds-queries',
      comment: 'Only repositories build queries: a route or service imports kysely for types only (Db/Trx from db/types.ts), never `sql` or helpers.',
      severity: 'error',
      importMode: 'runtime',
      from: { path: routeOrService },
      to: { path: '^kysely(/|$)|(^|/)node_modules/kysely/' },
    },
    {
      name: 'import-cycle',
      comment: 'No import cycles: a cycle means two files are one unit in disguise, or a shared piece belongs lower.',
      severity: 'error',
      importMode: 'runtime',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    moduleSystems: ['es6'],
  },
};
