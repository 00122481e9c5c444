package core

import "testing"

// StopMigrationsAfter makes the stores opened until the test ends apply the
// migrations up to the one named name only.
func StopMigrationsAfter(t testing.TB, name string) {
	lastMigration = name
	t.Cleanup(func() { lastMigration = "" })
}

// DriverOf returns the store's driver, for tests to reach columns no method
// does (those of an older schema).
func DriverOf(s *Store) Driver { return s.d }
