import { Container, Divider, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { innovationPath, paths } from '../../../routes/paths';
import { useCreateInnovation, useInnovation, useUpdateInnovation } from '../api/catalog-queries';
import { DocumentsPanel } from '../components/DocumentsPanel';
import { changedFields, EMPTY_FORM, formFromView, inputFromForm } from '../components/form-state';
import { InnovationForm } from '../components/InnovationForm';

/** Register a new innovation (a draft of the operator's agency). */
export function NewInnovationPage() {
  const { t } = useTranslation('catalog');
  const navigate = useNavigate();
  const create = useCreateInnovation();
  return (
    <Container size="md" px={0}>
      <PageHeader title={t('form.newTitle')} intro={t('form.intro')} />
      <InnovationForm
        initial={EMPTY_FORM}
        submitLabel={t('form.save')}
        busy={create.isPending}
        error={create.error}
        onCancel={() => navigate(paths.myInnovations)}
        onSubmit={(state) => create.mutate(inputFromForm(state), { onSuccess: (result) => navigate(innovationPath(result.innovation.id)) })}
      />
      <Text size="sm" c="dimmed" mt="md">
        {t('form.documentsAfterSave')}
      </Text>
    </Container>
  );
}

/** Edit a record of the agency; only changed fields are sent, against the version it was loaded at. */
export function EditInnovationPage() {
  const { t } = useTranslation('catalog');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const innovation = useInnovation(id);
  const update = useUpdateInnovation(id);
  if (innovation.isPending) return <PageLoader />;
  if (innovation.isError) return (innovation.error as { status?: number }).status === 404 ? <NotFoundPage /> : <ErrorAlert error={innovation.error} />;
  const view = innovation.data;
  const initial = formFromView(view);
  return (
    <Container size="md" px={0}>
      <PageHeader title={t('form.editTitle')} intro={view.title} />
      <InnovationForm
        key={view.id}
        initial={initial}
        excludeId={view.id}
        submitLabel={t('form.saveChanges')}
        busy={update.isPending}
        error={update.error}
        onCancel={() => navigate(innovationPath(view.id))}
        onSubmit={(state) =>
          update.mutate({ ...changedFields(inputFromForm(initial), inputFromForm(state)), expectedVersion: view.version }, { onSuccess: () => navigate(innovationPath(view.id)) })
        }
      />
      <Divider my="xl" />
      <DocumentsPanel view={view} />
    </Container>
  );
}
