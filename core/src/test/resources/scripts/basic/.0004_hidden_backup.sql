an editor's lock file, not a revision
