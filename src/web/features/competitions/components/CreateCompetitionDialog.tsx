import { Modal, NativeSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayInZone } from '../../../../common/competitions';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { DialogActions } from '../../../components/DialogActions';
import { competitionConfigPath } from '../../../routes/paths';
import { useCreateCompetition } from '../api/competitions-queries';

/** Read once when the module loads: the default year of a new competition. */
// The year in WIB, not the browser's zone (on 31 December after 17.00 UTC it is already next year in WIB).
const THIS_YEAR = Number(dayInZone(new Date()).slice(0, 4));

/** Starts a draft competition; the rest is configured on its page. */
export function CreateCompetitionDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation(['competitions', 'common']);
  const [name, setName] = useState('');
  const [year, setYear] = useState<number>(THIS_YEAR);
  const [kind, setKind] = useState<'kipp' | 'special'>('kipp');
  const create = useCreateCompetition();
  const navigate = useNavigate();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        kind,
        name: name.trim(),
        year,
        theme: '',
        description: '',
        participantTypes:
          kind === 'kipp' ? ['kementerian', 'lembaga', 'provinsi', 'kabupaten', 'kota', 'bumn', 'bumd'] : ['provinsi', 'kabupaten', 'kota', 'swasta', 'komunitas', 'citizen'],
        sdgRequired: true,
        graceMinutes: 0,
      },
      { onSuccess: (competition) => navigate(competitionConfigPath(competition.id)) },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('create.title')} closeButtonProps={{ 'aria-label': t('common:close') }}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={create.error} />
          <TextInput label={t('create.name')} required data-autofocus value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <NumberInput label={t('create.year')} required min={2000} max={2100} value={year} onChange={(v) => setYear(Number(v) || year)} />
          <NativeSelect
            label={t('create.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as 'kipp' | 'special')}
            data={[
              { value: 'kipp', label: t('kind.kipp') },
              { value: 'special', label: t('kind.special') },
            ]}
          />
          <DialogActions submitLabel={t('create.submit')} busy={create.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
