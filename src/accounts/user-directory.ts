import type { Role } from './roles.js';

/** A user as everyone may see it: never the password hash. */
export interface User {
  id: number;
  /** Normalised (lowercased): unique. */
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  hasPassword: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A user with the hash sign-in verifies against; only sign-in and password changes read it. */
export interface UserCredentials extends User {
  passwordHash: string | null;
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  /** Null: the user sets a password through a one-time link. */
  passwordHash: string | null;
  now: string;
}

/**
 * Users and their credentials. A port: the stores implement it (user-directory.contract.ts).
 * Emails are compared case-insensitively: the store lowercases what it is given.
 */
export interface UserDirectory {
  /** The new user, or null when the email is taken. */
  create(user: NewUser): Promise<User | null>;
  findByEmail(email: string): Promise<UserCredentials | null>;
  findById(id: number): Promise<UserCredentials | null>;
  /** Every user, by email. */
  list(): Promise<User[]>;
  /** Admins who are not disabled: setup is open while there are none. */
  countActiveAdmins(): Promise<number>;
  /** Each returns false when there is no such user. */
  setRole(id: number, role: Role, now: string): Promise<boolean>;
  setDisabled(id: number, disabled: boolean, now: string): Promise<boolean>;
  setPasswordHash(id: number, passwordHash: string, now: string): Promise<boolean>;
}
