// Command etcd is etcd 3.7.3 built from the Go module proxy for the end-to-end tests
// (test/cluster/build.sh). Not part of virtops itself.
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() {
	etcdmain.Main(os.Args)
}
