package cli

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// flagError quotes what was typed in pflag's errors that echo it bare (an
// unknown flag, bad flag syntax): quoted, it reads as typed, a control
// character in it shows as an escape (\x1b) instead of acting on the
// terminal, and a non-ASCII shorthand is named whole, not by its first
// byte.
func flagError(cmd *cobra.Command, err error) error {
	var missing *pflag.NotExistError
	var syntax *pflag.InvalidSyntaxError
	var invalid *pflag.InvalidValueError
	switch {
	case errors.As(err, &missing) && missing.GetSpecifiedShortnames() != "":
		typed := missing.GetSpecifiedShortnames()
		r, _ := utf8.DecodeRuneInString(typed)
		return fmt.Errorf("unknown flag %q in %q", "-"+string(r), "-"+typed)
	case errors.As(err, &missing):
		name := missing.GetSpecifiedName()
		if others := commandsWithFlag(cmd.Root(), name); len(others) > 0 {
			return fmt.Errorf("%s takes no --%s: it is a flag of %s", cmd.CommandPath(), name, strings.Join(others, ", "))
		}
		return fmt.Errorf("unknown flag %q", "--"+name)
	case errors.As(err, &syntax):
		return fmt.Errorf("bad flag syntax: %q", syntax.GetSpecifiedFlag())
	case errors.As(err, &invalid) && valueKinds[invalid.GetFlag().Value.Type()] != "":
		return fmt.Errorf("--%s takes %s, not %q", invalid.GetFlag().Name, valueKinds[invalid.GetFlag().Value.Type()], invalid.GetValue())
	}
	return err
}

// valueKinds say, in the users' words, what a flag of each type takes.
var valueKinds = map[string]string{"int": "a whole number", "bool": "true or false"}

// commandsWithFlag names the commands that have the flag name: a flag
// typed on the wrong command is said to be so, not unknown.
func commandsWithFlag(root *cobra.Command, name string) []string {
	var out []string
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Flags().Lookup(name) != nil || c.PersistentFlags().Lookup(name) != nil {
			out = append(out, c.CommandPath())
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	return out
}
