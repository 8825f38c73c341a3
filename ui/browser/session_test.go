package browser

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// lockedBuffer is an io.Writer that may be written from one goroutine and
// read from another.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *lockedBuffer) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Len()
}

// TestSessionsShareOneIndex: three sessions run at once over one index,
// each with its own terminal, search and focus; none changes the shared
// data (the race detector watches the reads).
func TestSessionsShareOneIndex(t *testing.T) {
	ds := uitest.Pathfinders(t)
	before, _ := json.Marshal(ds)
	ix := model.NewIndex(ds)
	searches := []string{"leic", "swindon", "london"}
	var wg sync.WaitGroup
	for _, search := range searches {
		in, keys := io.Pipe()
		out := &lockedBuffer{}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		s := NewSession(ctx, ix, Terminal{In: in, Out: out, Env: []string{"TERM=xterm-256color"}, Width: 100, Height: 30}, SessionOptions{ReadOnly: true})
		wg.Add(1)
		go func() {
			defer wg.Done()
			done := make(chan error, 1)
			go func() { _, err := s.Run(); done <- err }()
			for out.Len() == 0 && ctx.Err() == nil { // drawn: it reads keys
				time.Sleep(5 * time.Millisecond)
			}
			io.WriteString(keys, "/"+search+"\rq") // keys are handled in order
			if err := <-done; err != nil {
				t.Errorf("%s: %v", search, err)
				return
			}
			want := len(ix.Search(model.ParseQuery(search)))
			if n := len(shownPositions(s.b)); n != want || s.b.search.Value() != search {
				t.Errorf("session searching %q shows %d (want %d), search bar %q", search, n, want, s.b.search.Value())
			}
		}()
	}
	wg.Wait()
	if after, _ := json.Marshal(ds); !bytes.Equal(before, after) {
		t.Error("a session changed the shared dataset")
	}
}

// TestSwapKeepsTheReader: newer shared data keeps the search, the marks
// and the cursor by id, as a reload of the files does.
func TestSwapKeepsTheReader(t *testing.T) {
	ds := uitest.Pathfinders(t)
	b := newBrowser(snapshotOf(model.NewIndex(ds), false), BrowserOptions{IsDark: true, ReadOnly: true})
	b.Update(sizeMsg(120, 30))
	press(b, "/")
	typeText(b, "london")
	press(b, "enter", "space", "j", "space")
	marked, cursor := markedIDs(b), currentID(b)
	// the newer data: the same mutuals, reversed, and one more
	ms := append([]model.Mutual{}, ds.Mutuals...)
	for i, j := 0, len(ms)-1; i < j; i, j = i+1, j-1 {
		ms[i], ms[j] = ms[j], ms[i]
	}
	extra := ms[0]
	extra.ID, extra.Name = "new-london", "A new London mutual"
	newer := model.NewDataset(ds.Name, ds.Programmes, append(ms, extra), ds.Sources)
	_, cmd := b.Update(swapData{model.NewIndex(newer)})
	settle(b, cmd)
	if b.ds != newer {
		t.Fatal("the newer data is not shown")
	}
	if got := markedIDs(b); strings.Join(got, " ") != strings.Join(marked, " ") || currentID(b) != cursor {
		t.Errorf("marks %v cursor %s, want %v %s", got, currentID(b), marked, cursor)
	}
	if f := frame(b); !strings.Contains(f, "A new London mutual") || b.search.Value() != "london" {
		t.Errorf("the search is not kept over the newer data:\n%s", f)
	}
	press(b, "e")
	if !strings.Contains(footer(b), sharedReadOnly) {
		t.Errorf("e in a read-only browser: footer %q", footer(b))
	}
}
