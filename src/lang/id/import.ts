// What the importer knows about Indonesian pages: the names a language switcher gives the
// language, frequent short words that tell a page in it, and the words of page furniture
// (skip, share and edit links, "read more" prompts, captions, bylines, date labels).
// Also: the labels of credit and source lines, category words, short month names, and the
// small words of date, byline and caption lines (src/lang/pack.ts, ImportLanguage).

import type { ImportLanguage } from '../pack.js';

export const importData: ImportLanguage = {
  switcherNames: ['Bahasa Indonesia', 'Indonesian', 'Indonesia', 'Indonesisch', 'Indonésien', 'Indonesio', 'Indonesiano', 'Indonésio'],
  stopwords: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'dari', 'dalam', 'tidak', 'adalah', 'pada', 'akan', 'juga', 'oleh', 'sebagai', 'telah', 'atau'],
  furniture: {
    skipLinks: ['Langsung ke isi', 'Lompat ke isi', 'Loncat ke isi', 'Langsung ke konten', 'Lompat ke navigasi', 'Lompat ke pencarian', 'Loncat ke navigasi', 'Kembali ke atas', 'Kembali ke beranda'],
    share: ['Bagikan', 'Bagikan artikel', 'Bagikan ke Facebook', 'Bagikan ke Twitter', 'Cetak', 'Kirim email', 'Ikuti kami', 'Komentar', 'Salin tautan', 'Tinggalkan komentar', 'Tinggalkan Balasan'],
    edit: ['sunting', 'sunting sumber', 'lihat riwayat'],
    readMore: ['Baca juga', 'Baca Juga:', 'Baca selengkapnya', 'Lihat juga', 'Berita terkait', 'Artikel terkait', 'Terpopuler', 'Berita lainnya', 'Selengkapnya', 'Iklan', "Tentang penulis", "Anda mungkin suka"],
    cookies: ['Kami menggunakan cookie', 'Situs ini menggunakan cookie', 'Situs web ini menggunakan cookie', 'Pengaturan cookie'],
    readingTime: ['Waktu baca', 'menit membaca', 'Durasi baca', 'menit baca'],
    imageCredit: ['Foto', 'Gambar', 'Ilustrasi', 'Sumber', 'Video', 'Kredit'],
    published: ['Diterbitkan', 'Dipublikasikan', 'Diperbarui', 'Terakhir diperbarui', 'Tanggal', 'Dibuat'],
    copyright: ['©', 'Copyright', 'Hak cipta', 'Hak Cipta Dilindungi'],
    taglines: ['Dari Wikipedia bahasa Indonesia, ensiklopedia bebas', 'Dari Wikipedia, ensiklopedia bebas', 'Dari Wikiberita'],
    byline: ['Oleh', 'Penulis', 'Reporter'],
    promo: ['Iklan', 'Berlangganan', 'Langganan', 'Newsletter', 'Masuk', 'Daftar', 'Dengarkan'],
    appeals: ['Dukung kami', 'Dukung jurnalisme', 'Dukung jurnalisme independen', 'Berlangganan sekarang', 'Donasi sekarang', 'Jadilah anggota', 'Jadi pelanggan'],
    weekdays: ['senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'ahad'],
    endSections: ['Referensi', 'Pranala luar', 'Lihat pula', 'Sumber', 'Catatan', 'Rujukan', 'Berita terkait'],
  },
  creditLabels: {
    editor: ['Penyunting'],
    proofreading: ['Korektor', 'Pemeriksa aksara'],
    author: ['Penulis'],
    reporter: ['Wartawan'],
    translator: ['Penerjemah'],
  },
  sourceLabels: ['Sumber'],
  categoryWords: ['Berita'],
  monthAbbreviations: { jan: 1, feb: 2, mar: 3, apr: 4, mei: 5, jun: 6, jul: 7, agu: 8, agt: 8, sep: 9, okt: 10, nov: 11, des: 12 },
  lineWords: {
    beforeTime: ['pukul'],
    nameJoiners: ['dan'],
  },
};
