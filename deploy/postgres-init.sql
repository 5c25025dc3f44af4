-- First start of the compose stack's PostgreSQL: a database for Keycloak beside Serasi's own.
create database keycloak owner serasi;
