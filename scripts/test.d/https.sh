# openssl: ServeHTTPSTests generate a self-signed certificate for `vigil serve --tls-cert/--tls-key`.
apt_packages+=(openssl)
