"/nix/store/vlnpi07i2pm2f32bcpy46sa5kfmzb11w-x"
