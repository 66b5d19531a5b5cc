/** Common Indonesian given names and family names, for accounts of the national data set. */
export const GIVEN_NAMES = [
  'Agus', 'Budi', 'Dewi', 'Siti', 'Sri', 'Rina', 'Andi', 'Ahmad', 'Muhammad', 'Nur', 'Eko', 'Hendra', 'Yuli', 'Wahyu',
  'Rizky', 'Fitri', 'Indah', 'Dian', 'Putri', 'Bambang', 'Joko', 'Ratna', 'Ayu', 'Lestari', 'Teguh', 'Made', 'Ketut',
  'Wayan', 'Nyoman', 'Yohanes', 'Maria', 'Fransiska', 'Yosef', 'Ridwan', 'Hasan', 'Aisyah', 'Fatimah', 'Rudi', 'Taufik',
  'Anisa', 'Bayu', 'Citra', 'Dimas', 'Endah', 'Fajar', 'Gita', 'Hadi', 'Intan', 'Kurnia', 'Lina', 'Mega', 'Novi', 'Oki',
  'Prasetyo', 'Rahmat', 'Santi', 'Tri', 'Umar', 'Vina', 'Yusuf', 'Zahra', 'Irwan', 'Suharti', 'Sumarni', 'Daeng', 'Ucok',
];

export const FAMILY_NAMES = [
  'Santoso', 'Wijaya', 'Saputra', 'Hidayat', 'Nugroho', 'Pratama', 'Kusuma', 'Setiawan', 'Lubis', 'Siregar', 'Nasution',
  'Harahap', 'Simanjuntak', 'Pardede', 'Sitompul', 'Tanjung', 'Rahman', 'Hakim', 'Syahputra', 'Gunawan', 'Suryadi',
  'Wibowo', 'Purnomo', 'Utomo', 'Hartono', 'Susanto', 'Halim', 'Manurung', 'Pangaribuan', 'Mandagi', 'Rumbiak',
  'Wonda', 'Latuconsina', 'Pattimura', 'Tuasikal', 'Mokodompit', 'Paputungan', 'Daulay', 'Effendi', 'Maulana',
  'Permana', 'Sutrisno', 'Yulianti', 'Anggraini', 'Rahmawati', 'Wulandari', 'Kartika', 'Marpaung', 'Sinaga', 'Ginting',
];

export const ACADEMIC_TITLES = ['Dr.', 'Prof. Dr.', 'Dr. Ir.', ''] as const;
