package open

import (
	"context"

	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/store/postgres"
)

func openPostgres(ctx context.Context, dsn string) (store.Store, error) {
	return postgres.Open(ctx, dsn)
}
