/**
 * Uploaded files, kept in PostgreSQL so that every application server sees the same files. Features (project texts,
 * courseware, fund-use receipts) check who may upload or download; this package checks what a file is and stores it.
 */
package org.healthedu.file;
