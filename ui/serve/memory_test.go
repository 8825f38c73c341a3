package serve

import (
	"context"
	"io"
	"net"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/data/loadtest"
)

// heapNow is the live heap after two collections.
func heapNow() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// Ten browsers on 100,000 records cost little more than one: the dataset
// and its index are loaded and built once and shared; a session holds its
// own screen state (its search's results, its sort, its frame) and its
// connection. The figures include the in-process SSH client's side of
// each connection, so they bound what the server spends.
func TestTenBrowsersShareOneDataset(t *testing.T) {
	datatest.SkipUnlessHeavy(t)
	before := heapNow()
	ds, err := loadtest.Load(t, "synthetic.toml", datatest.Synthetic(100000, 1))
	if err != nil {
		t.Fatal(err)
	}
	shared := NewShared(ds, nil, nil)
	hostKey, _, err := HostKey(filepath.Join(t.TempDir(), "host_key"))
	if err != nil {
		t.Fatal(err)
	}
	srv, err := New(Config{HostKey: hostKey, Open: true, Data: shared, Command: echoCommand,
		Limits: Limits{PerMinute: 1000}})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { srv.Serve(ctx, ln, time.Second); close(done) }()
	defer func() { cancel(); <-done }()
	data := heapNow()
	ts := &testServer{addr: ln.Addr().String(), host: hostKey.PublicKey(), key: newKey(t)}
	c := ts.client(t)
	open := func() {
		_, _, screen := openBrowser(t, c, 120, 40)
		readUntil(t, screen, "shown")
		go io.Copy(io.Discard, screen)
	}
	open()
	one := heapNow()
	for range 9 {
		open()
	}
	ten := heapNow()
	mib := func(b uint64) float64 { return float64(b) / (1 << 20) }
	each := (ten - one) / 9
	t.Logf("100,000 records: dataset and index %.1f MiB; one browser %.1f MiB more; ten %.1f MiB more; each after the first %.2f MiB (%.1f%% of the shared data)",
		mib(data-before), mib(one-data), mib(ten-data), mib(each), 100*float64(each)/float64(data-before))
	if each > (data-before)/10 {
		t.Errorf("each browser after the first adds %.1f MiB, over a tenth of the shared %.1f MiB", mib(each), mib(data-before))
	}
	runtime.KeepAlive(shared)
}
