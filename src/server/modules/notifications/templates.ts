import { formatDateTime, formatDateTimeFull } from '../../../common/format.js';
import type { EventWhen, NotificationKind, NotificationLanguage, NotificationParams } from '../../../common/notifications.js';

/**
 * Each kind's text in Bahasa Indonesia and English. `title`/`body` are the in-app entry (and the
 * digest line); `subject`/`email` the e-mail when it differs from them (the receipt and the
 * invitation keep the texts they had before this module existed). A template never sees another
 * recipient's data: it is rendered once per recipient with that recipient's name and language.
 */
export interface RenderedNotification {
  title: string;
  body: string;
  subject?: string;
  email?: string;
}

export interface TemplateRecipient {
  name: string | null;
}

type Template<K extends NotificationKind> = (p: NotificationParams[K], r: TemplateRecipient) => Record<NotificationLanguage, RenderedNotification>;

/** An event's start in the recipient's language and the event's own zone (WIB/WITA/WIT). */
const when = (p: EventWhen, lang: NotificationLanguage) => formatDateTime(p.startsAt, lang, p.zone);

const hello = (r: TemplateRecipient, lang: NotificationLanguage) => (r.name ? `${lang === 'id' ? 'Halo' : 'Hello'} ${r.name},` : lang === 'id' ? 'Halo,' : 'Hello,');

export const TEMPLATES: { [K in NotificationKind]: Template<K> } = {
  'account.invitation': (p) => {
    if (p.short) {
      const body = `Buat kata sandi / set your password: ${p.inviteUrl}`;
      return {
        id: { title: 'Undangan Simpul', body, subject: 'Undangan Simpul / Simpul invitation' },
        en: { title: 'Simpul invitation', body: `Set your password / buat kata sandi: ${p.inviteUrl}`, subject: 'Simpul invitation / Undangan Simpul' },
      };
    }
    return {
      id: {
        title: 'Undangan Simpul',
        body: `Anda diundang ke Simpul sebagai ${p.role}.`,
        subject: 'Undangan Simpul / Simpul invitation',
        email: `Halo ${p.name},\n\nAnda diundang ke Simpul sebagai ${p.role}. Buat kata sandi di: ${p.inviteUrl}\nTautan berlaku ${p.validDays} hari.\n\nYou have been invited to Simpul. Set your password at the link above (valid ${p.validDays} days).`,
      },
      en: {
        title: 'Simpul invitation',
        body: `You have been invited to Simpul as ${p.role}.`,
        subject: 'Simpul invitation / Undangan Simpul',
        email: `Hello ${p.name},\n\nYou have been invited to Simpul as ${p.role}. Set your password at: ${p.inviteUrl}\nThe link is valid for ${p.validDays} days.\n\nAnda diundang ke Simpul. Buat kata sandi melalui tautan di atas (berlaku ${p.validDays} hari).`,
      },
    };
  },
  'account.password_reset': (p, r) => {
    const why = p.byAdministrator
      ? {
          id: 'Seorang administrator Simpul memulai atur ulang kata sandi akun Anda dan semua sesi masuk Anda telah diakhiri.',
          en: 'A Simpul administrator started a password reset for your account, and all your sign-in sessions were ended.',
        }
      : {
          id: 'Kami menerima permintaan untuk mengatur ulang kata sandi akun Simpul Anda. Abaikan surel ini jika Anda tidak memintanya.',
          en: 'We received a request to reset the password of your Simpul account. Ignore this e-mail if you did not ask for it.',
        };
    return {
      id: {
        title: 'Atur ulang kata sandi Simpul',
        body: `Buat kata sandi baru di: ${p.resetUrl}`,
        subject: 'Atur ulang kata sandi Simpul / Reset your Simpul password',
        email: `${hello(r, 'id')}\n\n${why.id}\nBuat kata sandi baru di: ${p.resetUrl}\nTautan berlaku ${p.validMinutes} menit dan hanya sekali pakai.`,
      },
      en: {
        title: 'Reset your Simpul password',
        body: `Set a new password at: ${p.resetUrl}`,
        subject: 'Reset your Simpul password / Atur ulang kata sandi Simpul',
        email: `${hello(r, 'en')}\n\n${why.en}\nSet a new password at: ${p.resetUrl}\nThe link is valid for ${p.validMinutes} minutes, once.`,
      },
    };
  },
  'account.password_changed': (_p, r) => ({
    id: {
      title: 'Kata sandi diubah',
      body: 'Kata sandi akun Simpul Anda baru saja diatur ulang dan semua sesi masuk diakhiri. Bila bukan Anda, segera hubungi administrator.',
      subject: 'Kata sandi Simpul diubah / Your Simpul password was changed',
      email: `${hello(r, 'id')}\n\nKata sandi akun Simpul Anda baru saja diatur ulang dan semua sesi masuk diakhiri. Bila bukan Anda, segera hubungi administrator.`,
    },
    en: {
      title: 'Password changed',
      body: 'The password of your Simpul account was just reset and all sessions were ended. If this was not you, contact your administrator now.',
      subject: 'Your Simpul password was changed / Kata sandi Simpul diubah',
      email: `${hello(r, 'en')}\n\nThe password of your Simpul account was just reset and all sessions were ended. If this was not you, contact your administrator now.`,
    },
  }),
  'proposal.receipt': (p, r) => {
    const lateId = p.lateSeconds ? `\nDiterima dalam masa tenggang, ${p.lateSeconds} detik setelah batas waktu.` : '';
    const lateEn = p.lateSeconds ? `\nAccepted within the grace period, ${p.lateSeconds} seconds after the deadline.` : '';
    return {
      id: {
        title: `Tanda terima proposal ${p.number}`,
        body: `Proposal "${p.title}" telah dikirim ke ${p.competition} oleh ${p.submitter}.`,
        subject: `Tanda terima proposal ${p.number} / Proposal receipt`,
        email: [
          `Halo ${r.name ?? ''},`,
          '',
          `Proposal "${p.title}" telah dikirim ke ${p.competition} oleh ${p.submitter}.`,
          `Nomor proposal : ${p.number}`,
          `Waktu kirim    : ${p.submittedAtWib} (${p.submittedAtIso})`,
          `Sidik isi (SHA-256): ${p.contentHash}${lateId}`,
          '',
          `Lihat tanda terima: ${p.receiptUrl}`,
          '',
          `Your proposal ${p.number} was submitted at ${p.submittedAtIso}; the SHA-256 of its submitted content is ${p.contentHash}.`,
        ].join('\n'),
      },
      en: {
        title: `Proposal ${p.number} receipt`,
        body: `Proposal "${p.title}" was submitted to ${p.competition} by ${p.submitter}.`,
        subject: `Proposal ${p.number} receipt / Tanda terima proposal`,
        email: [
          `Hello ${r.name ?? ''},`,
          '',
          `Proposal "${p.title}" was submitted to ${p.competition} by ${p.submitter}.`,
          `Proposal number : ${p.number}`,
          `Submitted at    : ${p.submittedAtWib} (${p.submittedAtIso})`,
          `Content fingerprint (SHA-256): ${p.contentHash}${lateEn}`,
          '',
          `See the receipt: ${p.receiptUrl}`,
          '',
          `Proposal ${p.number} telah dikirim pada ${p.submittedAtIso}; sidik SHA-256 isinya ${p.contentHash}.`,
        ].join('\n'),
      },
    };
  },
  'proposal.returned': (p, r) => ({
    id: {
      title: `Proposal ${p.number} dikembalikan`,
      body: `Proposal "${p.title}" dikembalikan oleh ${p.returnedBy} dengan catatan: ${p.comment}`,
      subject: `Proposal ${p.number} dikembalikan / returned`,
      email: `Halo ${r.name ?? ''},\n\nProposal "${p.title}" (${p.number}) dikembalikan oleh ${p.returnedBy} dengan catatan:\n\n${p.comment}\n\nSilakan perbaiki lalu tandai siap kembali: ${p.proposalUrl}\n\nYour proposal was returned with the comments above.`,
    },
    en: {
      title: `Proposal ${p.number} returned`,
      body: `Proposal "${p.title}" was returned by ${p.returnedBy} with comments: ${p.comment}`,
      subject: `Proposal ${p.number} returned / dikembalikan`,
      email: `Hello ${r.name ?? ''},\n\nProposal "${p.title}" (${p.number}) was returned by ${p.returnedBy} with comments:\n\n${p.comment}\n\nPlease revise it and mark it ready again: ${p.proposalUrl}\n\nProposal Anda dikembalikan dengan catatan di atas.`,
    },
  }),
  'replication.request': (p) => ({
    id: { title: 'Permintaan replikasi baru', body: `${p.requester} ingin mereplikasi inovasi "${p.innovation}".` },
    en: { title: 'New replication request', body: `${p.requester} would like to replicate the innovation "${p.innovation}".` },
  }),
  'replication.milestone_due': (p) => ({
    id: { title: 'Tenggat tahapan replikasi', body: `Tahapan "${p.milestone}" replikasi "${p.innovation}" jatuh tempo ${p.due}.` },
    en: { title: 'Replication milestone due', body: `Milestone "${p.milestone}" of the replication of "${p.innovation}" is due ${p.due}.` },
  }),
  'campaign.reminder': (p) => ({
    id: {
      title: `Pengingat: ${p.campaign}`,
      body: `${p.pending} data inovasi Anda belum dikonfirmasi. Batas waktu ${formatDateTimeFull(p.closesAt, 'id')}${p.passed ? ' (terlewat)' : ''}.`,
    },
    en: {
      title: `Reminder: ${p.campaign}`,
      body: `${p.pending} of your innovation records are not confirmed yet. Deadline ${formatDateTimeFull(p.closesAt, 'en')}${p.passed ? ' (passed)' : ''}.`,
    },
  }),
  'index.window': (p) => ({
    id: { title: `Pengisian indeks ${p.year} dibuka`, body: `Pengisian indeks inovasi ${p.year} dibuka ${p.opens} sampai ${p.closes}.` },
    en: { title: `Index ${p.year} submissions open`, body: `Innovation index ${p.year} submissions are open from ${p.opens} to ${p.closes}.` },
  }),
  'index.window_closing': (p) => ({
    id: { title: `Pengisian indeks ${p.year} segera ditutup`, body: `Pengisian Indeks Inovasi Daerah ${p.year} ditutup ${p.closes}. Status laporan daerah Anda: ${p.status}.` },
    en: { title: `Index ${p.year} submissions closing`, body: `Regional innovation index ${p.year} submissions close ${p.closes}. Your region's report status: ${p.status}.` },
  }),
  'index.rejected': (p) => ({
    id: { title: `${p.rows} baris indeks ${p.year} ditolak`, body: `Verifikator menolak ${p.rows} baris laporan Indeks Inovasi Daerah ${p.year}. Jawab sekali sebelum ${p.due}.` },
    en: {
      title: `${p.rows} index ${p.year} rows rejected`,
      body: `The verifier rejected ${p.rows} rows of your regional innovation index ${p.year} report. Answer once before ${p.due}.`,
    },
  }),
  'index.nominated': (p) => ({
    id: {
      title: `${p.region} masuk nominasi ${p.competition}`,
      body: `Berdasarkan hasil terverifikasi Indeks Inovasi Daerah ${p.year}, ${p.region} (peringkat ${p.rank}, klaster ${p.cluster}) dinominasikan ke tahap panel ${p.competition}: presentasi/wawancara dan validasi lapangan.`,
    },
    en: {
      title: `${p.region} nominated for the ${p.competition}`,
      body: `On the verified regional innovation index ${p.year} results, ${p.region} (rank ${p.rank}, ${p.cluster} cluster) is nominated to the ${p.competition} panel round: presentations/interviews and field validation.`,
    },
  }),
  'incentive.published': (p) => ({
    id: { title: `Insentif ${p.year} diumumkan`, body: `Pengumuman insentif inovasi ${p.year}: ${p.title}.` },
    en: { title: `Incentives ${p.year} announced`, body: `Innovation incentives ${p.year} announced: ${p.title}.` },
  }),
  'dashboard.monthly': (p, r) => {
    const [year, month] = p.month.split('-').map(Number) as [number, number];
    const name = (lang: NotificationLanguage) =>
      `${new Date(Date.UTC(year, month - 1, 1)).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { month: 'long', timeZone: 'UTC' })} ${year}`;
    const n = (v: number, lang: NotificationLanguage) => v.toLocaleString(lang === 'id' ? 'id-ID' : 'en');
    const id = {
      title: `Laporan ringkas ${name('id')}`,
      body: `${n(p.innovations, 'id')} inovasi terbit dari ${p.provinces} provinsi; ${n(p.replications, 'id')} replikasi; ${p.hubs} hub JIPP; cakupan Satu Instansi Satu Inovasi ${p.oaoiCoverage === null ? 'belum terhitung' : `${n(p.oaoiCoverage, 'id')}%`}; hasil indeks terbit terakhir: ${p.indexYear ?? 'belum ada'}.`,
    };
    const en = {
      title: `Summary report ${name('en')}`,
      body: `${n(p.innovations, 'en')} published innovations from ${p.provinces} provinces; ${n(p.replications, 'en')} replications; ${p.hubs} JIPP hubs; One Agency One Innovation coverage ${p.oaoiCoverage === null ? 'not counted yet' : `${n(p.oaoiCoverage, 'en')}%`}; newest published index results: ${p.indexYear ?? 'none yet'}.`,
    };
    return {
      id: {
        ...id,
        subject: `${id.title} · Simpul`,
        email: `${hello(r, 'id')}\n\nRingkasan dasbor nasional per akhir ${name('id')}:\n${id.body}\n\nDasbor: ${p.statisticsUrl}\nPDF: ${p.pdfUrl}\nXLSX: ${p.xlsxUrl}`,
      },
      en: {
        ...en,
        subject: `${en.title} · Simpul`,
        email: `${hello(r, 'en')}\n\nThe national dashboard at the end of ${name('en')}:\n${en.body}\n\nDashboard: ${p.statisticsUrl}\nPDF: ${p.pdfUrl}\nXLSX: ${p.xlsxUrl}`,
      },
    };
  },
  'event.registration': (p) =>
    p.status === 'registered'
      ? {
          id: { title: `Terdaftar: ${p.event}`, body: `Pendaftaran Anda di acara "${p.event}" (${when(p, 'id')}) terkonfirmasi.` },
          en: { title: `Registered: ${p.event}`, body: `Your registration for "${p.event}" (${when(p, 'en')}) is confirmed.` },
        }
      : {
          id: {
            title: `Daftar tunggu: ${p.event}`,
            body: `Kursi acara "${p.event}" (${when(p, 'id')}) penuh; Anda di daftar tunggu nomor ${p.position ?? '—'}. Kami kabari bila kursi tersedia.`,
          },
          en: {
            title: `Waiting list: ${p.event}`,
            body: `"${p.event}" (${when(p, 'en')}) is full; you are number ${p.position ?? '—'} on the waiting list. We will tell you when a seat frees.`,
          },
        },
  'event.promoted': (p) => ({
    id: { title: `Kursi tersedia: ${p.event}`, body: `Sebuah kursi terbuka di acara "${p.event}" (${when(p, 'id')}); Anda kini terdaftar.` },
    en: { title: `Seat available: ${p.event}`, body: `A seat freed at "${p.event}" (${when(p, 'en')}); you are now registered.` },
  }),
  'event.changed': (p) =>
    p.cancelled
      ? {
          id: { title: `Acara dibatalkan: ${p.event}`, body: `Acara "${p.event}" (${when(p, 'id')}) yang Anda daftari dibatalkan oleh penyelenggara.` },
          en: { title: `Event cancelled: ${p.event}`, body: `The event "${p.event}" (${when(p, 'en')}) you registered for was cancelled by the organiser.` },
        }
      : {
          id: { title: `Acara diubah: ${p.event}`, body: `Penyelenggara mengubah acara "${p.event}"; jadwal kini ${when(p, 'id')}. Periksa rincian terbaru.` },
          en: { title: `Event changed: ${p.event}`, body: `The organiser changed "${p.event}"; it is now scheduled ${when(p, 'en')}. Check the latest details.` },
        },
  'event.interest': (p) => ({
    id: { title: `Minat replikasi: ${p.innovation}`, body: `${p.agency} tertarik mereplikasi "${p.innovation}" di acara "${p.event}".` },
    en: { title: `Replication interest: ${p.innovation}`, body: `${p.agency} would like to replicate "${p.innovation}" at "${p.event}".` },
  }),
};

export function render<K extends NotificationKind>(kind: K, params: NotificationParams[K], recipient: TemplateRecipient, language: NotificationLanguage): RenderedNotification {
  return (TEMPLATES[kind] as Template<K>)(params, recipient)[language];
}

/** The e-mail of one notification: its own text, or the in-app text with the link to the thing. */
export function emailOf(rendered: RenderedNotification, absoluteLink: string | null, language: NotificationLanguage): { subject: string; body: string } {
  if (rendered.email) return { subject: rendered.subject ?? rendered.title, body: rendered.email };
  const open = absoluteLink ? `\n\n${language === 'id' ? 'Buka' : 'Open'}: ${absoluteLink}` : '';
  return { subject: rendered.subject ?? `${rendered.title} · Simpul`, body: `${rendered.body}${open}` };
}
