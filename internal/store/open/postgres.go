package open

import (
	"context"
	"fmt"

	"github.com/dossier-osint/dossier/internal/store"
)

// openPostgres is replaced when internal/store/postgres lands.
func openPostgres(ctx context.Context, dsn string) (store.Store, error) {
	return nil, fmt.Errorf("open %s: %w: PostgreSQL support is not built yet", redact(dsn), store.ErrInvalid)
}
