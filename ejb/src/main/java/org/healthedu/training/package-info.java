/**
 * Trainer groups (工作组) of a project site — management (管理组), lecturers (讲师组) and guidance (指导组) — with their
 * members and leaders, and trainers' profiles. Membership drives permissions in other features (lecturers draft
 * courseware, management approves, guidance observes) through {@link org.healthedu.training.TrainerGroups}; a group
 * member also sees the project. Leans on {@code project} (project sites), {@code account} and {@code organisation}.
 */
package org.healthedu.training;
