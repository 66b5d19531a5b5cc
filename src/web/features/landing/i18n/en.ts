/** Texts of the landing page, English (merged into `i18n/en.ts` as `landing`). */
export const landingEn = {
  heroTitle: "Simpul: the network of Indonesia's public service innovation",
  heroBody:
    'Simpul helps the Ministry of PANRB, central ministries and agencies, regional governments and the public create, develop and institutionalise public service innovations: from the Public Service Innovation Competition (KIPP) to replication through the Public Service Innovation Network (JIPP).',
  exploreCatalog: 'Explore the innovation catalog',
  seeEvents: 'Knowledge-sharing events',
  goToDashboard: 'Open dashboard',
  stagesTitle: 'The three-stage innovation policy',
  stages: {
    create: {
      title: 'Create',
      body: 'One agency, one innovation: every agency is encouraged to have at least one innovation. The annual KIPP competition is the engine.',
    },
    develop: {
      title: 'Develop',
      body: 'Replication, scaling up and the JIPP network of hubs: advanced agencies share knowledge with those just starting, with the ministry as matchmaker.',
    },
    institutionalise: {
      title: 'Institutionalise',
      body: "The innovation becomes a lasting programme: it has a legal basis, a budget, and a place in the agency's plan and performance targets.",
    },
  },
  programsTitle: 'Programmes',
  programs: {
    kipp: {
      title: 'KIPP: Public Service Innovation Competition',
      body: 'An annual competition since 2014. Service units draft proposals, agency administrators review and submit them, the evaluation team reviews them, and the independent panel selects the Top 99 and the winners.',
    },
    jipp: {
      title: 'JIPP: Public Service Innovation Network',
      body: 'Provincial hubs designated by the ministry mentor replications, exchange experience and knowledge, and promote innovations, supported by universities.',
    },
    catalog: {
      title: 'Innovation catalog',
      body: 'A curated database of innovations from KIPP and other sources, each with its running or stopped status, open to study and replicate.',
    },
  },
  stageLabel: 'Stage {{number}}',
  status: {
    title: 'Service status',
    checking: 'Checking the server…',
    ok: 'The server is running (version {{version}}).',
    unavailable: 'The server cannot be reached right now.',
  },
};
